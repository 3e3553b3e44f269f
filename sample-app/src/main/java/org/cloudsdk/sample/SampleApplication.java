package org.cloudsdk.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application using cloud-spring-boot-starter: its {@code application.yml} points
 * at the local cloud of {@code scripts/local-cloud.sh}.
 */
@SpringBootApplication
public class SampleApplication {

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
