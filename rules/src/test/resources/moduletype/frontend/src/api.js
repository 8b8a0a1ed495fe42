// No JSX, no asset: nothing shows this is browser-only, so it is judged as Node would run it.
export async function fetchItems() { // expect: EsmSyntaxInCommonJs
  const res = await fetch('/api/items');
  return res.json();
}
