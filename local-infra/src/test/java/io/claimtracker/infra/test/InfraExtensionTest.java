package io.claimtracker.infra.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(InfraExtension.class)
class InfraExtensionTest {

    @Test
    void injectsTheSharedInfra(Infra infra) {
        assertThat(infra).isSameAs(Infra.shared());
        assertThat(infra.kafkaBootstrapServers()).isNotBlank();
    }
}
