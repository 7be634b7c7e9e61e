package io.claimtracker.extract;

import io.claimtracker.extract.engine.ClaimExtractor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractProperties.class)
class ExtractConfiguration {

    @Bean
    ClaimExtractor claimExtractor() {
        return new ClaimExtractor();
    }

    @Bean
    ArticleProcessor articleProcessor(ClaimExtractor claimExtractor, JsonMapper jsonMapper) {
        return new ArticleProcessor(claimExtractor, jsonMapper);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
