package org.cofile.benchmarks.petitions;

/** The benchmark's settings, from the system properties the Maven profile passes (see benchmarks/pom.xml). */
record Settings(
        String base,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int smtpPort,
        int signers,
        int first,
        int concurrency,
        String results) {

    static Settings fromSystem() {
        return new Settings(
                System.getProperty("bench.base", "http://127.0.0.1:8380/"),
                System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3306/cofile_bench"),
                System.getProperty("bench.db.user", "cofile_bench"),
                System.getProperty("bench.db.password", "cofile-bench"),
                Integer.getInteger("bench.smtp.port", 3926),
                Integer.getInteger("bench.signers", 150_000),
                Integer.getInteger("bench.first", 1_000),
                Integer.getInteger("bench.concurrency", 48),
                System.getProperty("bench.results", "target/petition-load.json"));
    }
}
