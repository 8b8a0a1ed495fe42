// JSX in an ES module package: tags named like CommonJS globals are not references.
import React from 'react';

export function View({ module }) {
  return <section title="require('x')">{module.name}</section>;
}

export const bad = () => <div>{exports.title}</div>; // expect: CommonJsInEsm
