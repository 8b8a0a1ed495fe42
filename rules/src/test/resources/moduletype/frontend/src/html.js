// "</" and "/>" inside strings and regexes are not JSX.
const closing = '</div>';
const selfClosing = /<br\/>/;
module.exports = { closing, selfClosing };
