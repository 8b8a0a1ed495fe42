const url = import.meta.url; // expect: EsmSyntaxInCommonJs "__filename"
module.exports = url;
