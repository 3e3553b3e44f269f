package com.example.reports;

import java.util.List;

import org.cloudsdk.autoconfigure.CloudClients;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

@SpringBootApplication
public class ReportsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportsApplication.class, args);
    }

    @Service
    public static class Reports {

        private final ObjectStorage storage;
        private final CloudClients clients;

        Reports(ObjectStorage storage, CloudClients clients) {
            this.storage = storage;
            this.clients = clients;
        }

        public List<String> containers() {
            return storage.listContainers();
        }

        public ObjectStorage storage() {
            return storage;
        }

        public CloudClients clients() {
            return clients;
        }
    }
}
