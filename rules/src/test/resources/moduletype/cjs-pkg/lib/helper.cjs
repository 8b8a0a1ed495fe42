module.exports = function helper() {};
