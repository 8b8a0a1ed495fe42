import fs from 'node:fs'; // expect: AmbiguousModuleType "MODULE_TYPELESS_PACKAGE_JSON"
export default fs;
