package dev.asynclint.core.loop;

import dev.asynclint.core.finding.SourceLocation;
import java.util.Optional;

/**
 * Code the framework runs on an event-loop thread.
 *
 * @param unitId the code unit that runs
 * @param label first element of chains: the registration method for callbacks ({@code
 *     requestHandler}), {@code Type.method} for overrides
 * @param reason why it runs on the loop, for messages ({@code HttpServer.requestHandler callback})
 * @param registeredAt where the callback was registered, when it is a callback
 */
public record EntryPoint(
    String unitId, String label, String reason, Optional<SourceLocation> registeredAt) {}
