package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OpenConnectionsTest {

    @Test
    void countsOnlyTheEstablishedRowsOfThisProcesssSockets() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 111 1",
                "   1: 0100007F:A000 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 222 1",
                "   2: 0100007F:A001 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 333 1",
                "   3: 0100007F:A002 0100007F:1F90 06 00000000:00000000 00:00000000 00000000     0        0 444 1");

        assertThat(OpenConnections.established(table, Set.of("111", "222", "444"))).isEqualTo(1);
        assertThat(OpenConnections.established(table.subList(0, 1), Set.of("111"))).isZero();
    }

    @Test
    void seesTheConnectionsThisProcessOpens() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Path.of("/proc/self/net/tcp").toFile().canRead(), "Linux only");
        int before = OpenConnections.count();
        List<Socket> sockets = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
                OpenConnections sampler = OpenConnections.sample()) {
            for (int i = 0; i < 3; i++) {
                sockets.add(new Socket(server.getInetAddress(), server.getLocalPort()));
                sockets.add(server.accept());
            }
            // both ends of each loopback connection belong to this process
            assertThat(OpenConnections.count()).isEqualTo(before + 6);
            sampler.close();
            assertThat(sampler.peak()).isGreaterThanOrEqualTo(before + 6);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
