package dev.asynclint.core.js;

/** A module request with what it resolved to. */
public record ResolvedRequest(ModuleRequest request, Resolution resolution) {}
