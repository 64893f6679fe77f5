package org.causette.moderation.lab.cli;

import org.causette.moderation.engine.Context;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModerateCommandTest {

    private final ModerateCommand cut = new ModerateCommand();

    private String[] run(Context context, boolean conversation, String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        cut.run(context, conversation, new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void answersOneJsonLinePerInputLineInOrder() throws Exception {
        String[] out = run(Context.TEEN_ROOM, false, "\"salut ça va\"\n\"ferme ta gueule\"\nnot json\n\"mon snap c'est \\\"julie93\\\"\"\n");
        assertEquals(4, out.length);
        assertEquals("{\"action\": \"allow\", \"categories\": [], \"score\": 0.00}", out[0]);
        assertTrue(out[1].startsWith("{\"action\": \"block\", \"categories\": [\"harassment\"]"), out[1]);
        assertTrue(out[2].startsWith("{\"error\": "), out[2]);
        assertTrue(out[3].contains("personal-data"), out[3]);
    }

    @Test
    void conversationModeAccumulatesRisk() throws Exception {
        String[] out = run(Context.ADULT_DIRECT, true, "\"on se voit où ?\"\n\"viens seul\"\n");
        assertTrue(out[1].startsWith("{\"action\": \"hold\""), out[1]);
    }

    @Test
    void parsesContexts() {
        assertEquals(Context.ADULT_DIRECT, ModerateCommand.parseContext("direct"));
        assertEquals(Context.TEEN_DIRECT, ModerateCommand.parseContext("teen-direct"));
        assertThrows(IllegalArgumentException.class, () -> ModerateCommand.parseContext("kitchen"));
    }

    @Test
    void readsJsonStrings() {
        assertEquals("a\"b\\c\né", JsonText.parseString(" \"a\\\"b\\\\c\\n\\u00e9\" "));
        assertThrows(IllegalArgumentException.class, () -> JsonText.parseString("\"open"));
        assertThrows(IllegalArgumentException.class, () -> JsonText.parseString("\"a\" x"));
        assertEquals("\"a\\\"b\\n\"", JsonText.quote("a\"b\n"));
    }
}
