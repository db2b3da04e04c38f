package io.potok;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Potok: a self-hosted business-process platform built as a modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PotokApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(PotokApplication.class, args);
    }
}
