import os from 'node:os';
if (require.main === module) { // expect: CommonJsInEsm "require" CommonJsInEsm "module"
  console.log(os.cpus().length);
}
