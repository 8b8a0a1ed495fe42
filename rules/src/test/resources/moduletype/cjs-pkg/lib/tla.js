async function main() {
  await Promise.resolve(); // inside a function: fine
}
await main(); // expect: EsmSyntaxInCommonJs "top-level await"
