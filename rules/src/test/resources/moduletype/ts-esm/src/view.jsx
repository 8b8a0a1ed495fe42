// JSX is bundler input (Node cannot run it): no module-type verdict, whatever it uses.
import React from 'react';

export function View({ module }) {
  return <section title="require('x')">{module.name}</section>;
}

export const legacy = () => <div>{exports.title}</div>;
