// No imports, no JSX: judged as Node would run it (typeless package, Node 18 from engines).
export const format = (n) => `${n} items`; // expect: EsmSyntaxInCommonJs
