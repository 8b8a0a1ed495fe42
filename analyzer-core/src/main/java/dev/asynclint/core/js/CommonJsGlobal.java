package dev.asynclint.core.js;

import dev.asynclint.core.finding.SourceLocation;

/**
 * A reference to one of the variables Node's CommonJS wrapper provides, not shadowed by a local
 * binding of the same name.
 *
 * @param name {@code require}, {@code module}, {@code exports}, {@code __dirname} or {@code
 *     __filename}
 * @param location the identifier
 * @param snippet the enclosing expression ({@code module.exports}, {@code require('x')} …)
 * @param typeofGuarded the file tests {@code typeof name} somewhere, as UMD wrappers do
 */
public record CommonJsGlobal(
    String name, SourceLocation location, String snippet, boolean typeofGuarded) {}
