package dev.asynclint.core.js;

/**
 * Where an ES module graph awaits at the top level.
 *
 * @param module the module that awaits
 * @param await the await
 */
public record AsyncGraphSite(JsModule module, EsmSyntax await) {}
