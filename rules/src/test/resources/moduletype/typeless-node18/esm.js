import fs from 'node:fs'; // expect: EsmSyntaxInCommonJs "syntax detection"
export default fs;
