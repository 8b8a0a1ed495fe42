// .cjs is CommonJS whatever package.json says: `export` is a SyntaxError at startup.
const defaults = { retries: 3 };
export default defaults; // expect: EsmSyntaxInCommonJs
