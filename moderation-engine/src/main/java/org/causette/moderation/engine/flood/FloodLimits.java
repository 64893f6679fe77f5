package org.causette.moderation.engine.flood;

import java.time.Duration;

/**
 * What one sender may do before it floods: messages per window, identical texts per repeat window, messages
 * with a link and mentions per burst window, and mentions in one message.
 */
public record FloodLimits(int maxMessages, Duration window, int maxRepeats, Duration repeatWindow,
                          int maxLinkMessages, int maxMentionsPerWindow, Duration burstWindow, int maxMentions) {
}
