// An ES module that awaits at the top level: no require() can load it, on any Node version.
export const settings = await Promise.resolve({ port: 8080 });
