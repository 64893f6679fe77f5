package org.causette.moderation.engine.flood;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionsTest {

    @Test
    void countsDistinctMentionsNotAddresses() {
        assertEquals(3, Mentions.count("@lou @Max salut @zoé, @lou encore"));
        assertEquals(0, Mentions.count("écris à lou@mail.fr ou à 10 h @ la gare"));
    }
}
