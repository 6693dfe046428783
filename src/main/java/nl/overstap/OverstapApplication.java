package nl.overstap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OverstapApplication {
    public static void main(String[] args) {
        SpringApplication.run(OverstapApplication.class, args);
    }
}
