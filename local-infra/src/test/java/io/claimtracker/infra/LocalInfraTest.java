package io.claimtracker.infra;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalInfraTest {

    @Test
    void aTakenPortIsReportedWithTheVariableToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> LocalInfra.requireFree(port, "KAFKA_PORT"))
                    .isInstanceOf(LocalInfra.StartupException.class)
                    .hasMessage("port " + port + " is in use: set KAFKA_PORT");
        }
    }

    @Test
    void aFreePortPasses() {
        int port = EmbeddedKafka.freePort();

        assertThatCode(() -> LocalInfra.requireFree(port, "MONGO_PORT")).doesNotThrowAnyException();
    }
}
