package org.causette.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server that hangs (the gateway's JVM stopped with SIGSTOP: connections stay open, nothing answers): the web
 * client notices it on its own timeouts, shows the offline state and keeps the message as not sent yet rather than
 * "envoi…" for ever; once the gateway runs again, the message is delivered, once.
 */
class WebClientHangFaultIT {

    @Test
    void aMessageTypedWhileTheGatewayHangsWaitsVisiblyAndIsDeliveredOnceItAnswersAgain() throws Exception {
        try (var b = ChatBrowser.open(ChatBrowser.DESKTOP, "fr-FR")) {
            b.enter("Whg", 36, null);
            b.join("discussion");
            var other = Chatter.adult("Whp");
            other.mustJoin("discussion");
            try (var stream = other.stream()) {
                var text = "pendant que le serveur dort " + Platform.marker();
                var gateway = gatewayPid();
                signal("STOP", gateway);
                try {
                    b.say(text);
                    b.awaitStatus(text, "queued");
                    b.visible(By.cssSelector("[data-testid=offline-banner]"));
                    assertTrue(b.message(text).findElement(By.cssSelector("[data-testid=message-retry]")).isDisplayed());
                } finally {
                    signal("CONT", gateway);
                }
                b.awaitStatus(text, "delivered");
                stream.await(Stream.message(text));
                b.until(d -> "open".equals(b.testId("connection-status").getAttribute("data-state")));
                assertEquals(1, stream.frames(Stream.message(text)).size(), "delivered once");
            }
        }
    }

    private static String gatewayPid() throws IOException {
        var file = Path.of(System.getProperty("causette.home"), "liberty", ".pid", "gateway.pid");
        return Files.readString(file).replaceAll("[^0-9]", "");
    }

    private static void signal(String signal, String pid) throws IOException, InterruptedException {
        var kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }
}
