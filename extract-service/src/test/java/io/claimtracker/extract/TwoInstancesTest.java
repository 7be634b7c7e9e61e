package io.claimtracker.extract;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.claimtracker.contracts.ArticleIds;
import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on Kafka's keying: two extract-service instances in one consumer group on four partitions, the seeds
 * produced in reverse order, end with the same claims, speakers and variants as one instance given the seeds in
 * order. Articles are partitioned by article and statements re-keyed by speaker, so each speaker's claims have one
 * writer at a time whichever instance read the article.
 */
@ExtendWith(InfraExtension.class)
class TwoInstancesTest {

    @Test
    void twoInstancesOnFourPartitionsAgreeWithOneInstanceInOrder() throws Exception {
        String run = "scale-" + UUID.randomUUID().toString().substring(0, 8);
        List<ArticleReceived> seeds = ClaimClusteringOrderTest.seeds();
        try (MongoClient client = MongoClients.create(Infra.shared().mongoUri())) {
            StoreSnapshot expected = StoreSnapshot.of(ClaimClusteringOrderTest.runDirectly(client, seeds));
            MongoTemplate actual = new MongoTemplate(client, run);

            List<ConfigurableApplicationContext> instances = new ArrayList<>();
            try {
                instances.add(instance(run));
                instances.add(instance(run));
                List<ArticleReceived> reversed = new ArrayList<>(seeds);
                java.util.Collections.reverse(reversed);
                produce(run + ".articles", reversed);

                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    StoreSnapshot snapshot = StoreSnapshot.of(actual);
                    assertThat(snapshot.speakers()).containsExactlyInAnyOrderEntriesOf(expected.speakers());
                    assertThat(snapshot.claims()).containsExactlyInAnyOrderEntriesOf(expected.claims());
                });
            } finally {
                instances.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    private static ConfigurableApplicationContext instance(String run) {
        return new SpringApplicationBuilder(ExtractApplication.class).run(
                "--spring.kafka.bootstrap-servers=" + Infra.shared().kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + Infra.shared().mongoUri(run),
                "--spring.kafka.consumer.group-id=" + run,
                "--claimtracker.extract.topics.articles=" + run + ".articles",
                "--claimtracker.extract.topics.claim-appearances=" + run + ".appearances",
                "--claimtracker.extract.topics.claims-changes=" + run + ".changes",
                "--claimtracker.extract.partitions=4",
                "--server.port=0");
    }

    /** As ingest publishes them: keyed by article id. */
    private static void produce(String topic, List<ArticleReceived> articles) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (ArticleReceived article : articles) {
                producer.send(new ProducerRecord<>(topic, ArticleIds.of(null, article.text(), null),
                        json.writeValueAsString(article))).get();
            }
        }
    }
}
