package org.peelgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import sun.misc.Signal;

/**
 * Runs an embedded Neo4j Community DBMS that serves Bolt on a loopback address, for the Node server and tests.
 *
 * <p>Protocol with the parent process (see server/graph/embedded-neo4j.ts):
 * <ul>
 *   <li>Arguments: {@code --data-dir=DIR} (required; Neo4j's home, holding data/ and logs/), and optionally
 *       {@code --host=127.0.0.1}, {@code --bolt-port=7687}, {@code --page-cache=128m},
 *       {@code --transaction-memory=128m}. JVM options such as the heap size belong to the parent's
 *       {@code java} command line, not here.</li>
 *   <li>Authentication is on. The password of user {@code neo4j} is the file {@code password} in the data folder
 *       (mode 0600). A start that finds no such file generates a password, sets it, and only then writes the file,
 *       so a folder made without authentication, or whose file was deleted, is brought in line, and a start
 *       that stops half-way simply does it again. A file found beside a new store is set as the password.</li>
 *   <li>stdout carries exactly one line, {@code NEO4J_READY bolt://HOST:PORT}, once the default database is
 *       available; everything else, Neo4j's own output included, goes to stderr.</li>
 *   <li>While ready, the file {@code bolt-address} in the data folder holds that same {@code bolt://HOST:PORT},
 *       so another process (a command) can use this Neo4j rather than fight it for the store; it is removed at
 *       shutdown (after a crash it is left behind, and whoever reads it must check that it answers).</li>
 *   <li>SIGTERM or SIGINT shuts the DBMS down cleanly and exits 0 (during start-up: exits 0 at once).</li>
 *   <li>EOF on stdin also shuts down cleanly and exits 0. The parent keeps a pipe to our stdin open for as
 *       long as it wants the database; the kernel closes that pipe however the parent dies, even by SIGKILL,
 *       so Neo4j never outlives it holding the store lock and the port.</li>
 *   <li>Failure to start (bad arguments, port in use, locked store) prints the reason to stderr and exits
 *       non-zero: 2 for bad arguments, 1 for anything else.</li>
 * </ul>
 */
public final class EmbeddedNeo4j {
    private static final String DEFAULT_DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
    private static final long AVAILABILITY_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);
    private static final String USER = "neo4j";
    private static final String PASSWORD_FILE = "password";
    private static final String ADDRESS_FILE = "bolt-address";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Object lifecycle = new Object();
    private static final CountDownLatch stopRequested = new CountDownLatch(1);
    private static DatabaseManagementService managementService;
    private static volatile boolean ready;
    private static Path addressFile;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        // The ready line is the only thing the parent parses, so library chatter must not share its stream.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Map<String, String> options;
        Path dataDir;
        String host;
        int boltPort;
        long pageCache;
        long transactionMemory;
        try {
            options = parseArguments(args);
            dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
            host = options.getOrDefault("host", "127.0.0.1");
            boltPort = parsePort(options.getOrDefault("bolt-port", "7687"));
            pageCache = ByteUnit.parse(options.getOrDefault("page-cache", "128m"));
            transactionMemory = ByteUnit.parse(options.getOrDefault("transaction-memory", "128m"));
            requireLoopback(host);
        } catch (IllegalArgumentException e) {
            System.err.println("EmbeddedNeo4j: " + e.getMessage());
            System.err.println("usage: EmbeddedNeo4j --data-dir=DIR [--host=127.0.0.1] [--bolt-port=7687]"
                    + " [--page-cache=128m] [--transaction-memory=128m]");
            System.exit(2);
            return;
        }

        // Left to the JVM, SIGTERM runs the shutdown hooks and then exits 143. Handling it here (sun.misc.Signal,
        // in jdk.unsupported: javac warns about it) lets the orderly shutdown end in exit status 0.
        Signal.handle(new Signal("TERM"), signal -> requestStop("SIGTERM"));
        Signal.handle(new Signal("INT"), signal -> requestStop("SIGINT"));
        // Covers every other orderly way down for the JVM (SIGHUP, System.exit during start-up).
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "neo4j-shutdown"));
        watchStdin(System.in);

        String where = host + ":" + boltPort + " with data directory " + dataDir;
        try {
            requirePortFree(host, boltPort);
            Files.createDirectories(dataDir);
            Path passwordFile = dataDir.resolve(PASSWORD_FILE);
            boolean newPassword = !Files.exists(passwordFile);
            // A password file laid down before the store exists (by a test, or an operator choosing it) is used too.
            boolean newStore = !Files.exists(dataDir.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME));
            String password = newPassword ? generatePassword() : readPassword(passwordFile);
            DatabaseManagementService started = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(GraphDatabaseSettings.strict_config_validation, true)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, transactionMemory)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt's two Netty event loop groups each idle for this many seconds (default 5) before
                    // stopping, after every connection and database is already closed: 10 s added to each stop.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
                    .build();
            synchronized (lifecycle) {
                managementService = started;
            }
            if (!started.database(DEFAULT_DATABASE).isAvailable(AVAILABILITY_TIMEOUT_MS)) {
                throw new IllegalStateException("database '" + DEFAULT_DATABASE + "' did not become available within "
                        + TimeUnit.MILLISECONDS.toSeconds(AVAILABILITY_TIMEOUT_MS) + " s");
            }
            // Set only when the password or the store is new: running Cypher here would add its warm-up, seconds,
            // to every start.
            if (newPassword || newStore) {
                setPassword(started, password);
            }
            if (newPassword) {
                writePassword(passwordFile, password);
            }
        } catch (Throwable e) {
            // The summary comes last so that a parent quoting the tail of stderr shows it.
            e.printStackTrace(System.err);
            System.err.println("EmbeddedNeo4j: cannot start Neo4j on " + where + ": " + describe(e));
            shutdown();
            System.exit(1);
            return;
        }

        String boltUri = "bolt://" + formatHost(host) + ":" + boltPort;
        try {
            writeAddress(dataDir.resolve(ADDRESS_FILE), boltUri);
        } catch (IOException e) {
            System.err.println("EmbeddedNeo4j: cannot write " + dataDir.resolve(ADDRESS_FILE) + ": " + describe(e));
            shutdown();
            System.exit(1);
            return;
        }
        ready = true;
        protocolOut.println("NEO4J_READY " + boltUri);
        protocolOut.flush();

        awaitUninterruptibly(stopRequested);
        System.err.println("EmbeddedNeo4j: stopping Neo4j on " + where);
        shutdown();
        System.exit(0);
    }

    /**
     * Once ready, the main thread performs the shutdown. Before that it is stuck inside Neo4j's start, so the
     * JVM exits at once instead; whatever the start had written is recovered on the next start, as after a crash.
     */
    private static void requestStop(String reason) {
        if (ready) {
            stopRequested.countDown();
            return;
        }
        System.err.println("EmbeddedNeo4j: " + reason + " before Neo4j was ready, exiting");
        System.exit(0);
    }

    private static void shutdown() {
        synchronized (lifecycle) {
            // First, so that no command picks this Neo4j while it closes.
            if (addressFile != null) {
                try {
                    Files.deleteIfExists(addressFile);
                } catch (IOException e) {
                    System.err.println("EmbeddedNeo4j: cannot remove " + addressFile + ": " + describe(e));
                }
                addressFile = null;
            }
            if (managementService == null) {
                return;
            }
            try {
                managementService.shutdown();
            } catch (Throwable e) {
                System.err.println("EmbeddedNeo4j: error during shutdown: " + describe(e));
            } finally {
                managementService = null;
            }
        }
    }

    private static String readPassword(Path file) throws IOException {
        restrictToOwner(file);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.length() < 8) {
            throw new IOException(file + " must hold a password of at least 8 characters (delete it to have a new one"
                    + " generated)");
        }
        return password;
    }

    private static String generatePassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Written to a private temporary file first and moved into place: never half-written, never readable by others. */
    private static void writePassword(Path file, String password) throws IOException {
        Path temporary = file.resolveSibling(PASSWORD_FILE + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another launcher is creating " + file, e);
        }
        Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("EmbeddedNeo4j: generated the password of user '" + USER + "' into " + file);
    }

    // A password file others can read is no secret: tightened rather than refused, since the owner meant it.
    private static void restrictToOwner(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                System.err.println("EmbeddedNeo4j: made " + file + " readable by its owner only");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its own access control applies.
        }
    }

    /**
     * Sets the password of user neo4j through the embedded API, which needs none. On a new folder or one made
     * without authentication the user still has Neo4j's default password, which allows nothing but changing it;
     * this runs before the ready line and the password file, so no client of ours connects before it is done.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password a user already has: that is the usual start, nothing to do.
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void writeAddress(Path file, String boltUri) throws IOException {
        Path temporary = file.resolveSibling(ADDRESS_FILE + ".new");
        Files.writeString(temporary, boltUri + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        synchronized (lifecycle) {
            addressFile = file;
        }
    }

    private static void watchStdin(InputStream in) {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) != -1) {
                    // Input carries no meaning; only its end does.
                }
            } catch (IOException e) {
                System.err.println("EmbeddedNeo4j: stdin failed, treating as parent gone: " + e.getMessage());
            }
            requestStop("end of stdin");
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // Only the latch decides when we stop.
            }
        }
    }

    private static Map<String, String> parseArguments(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("unrecognised argument '" + arg + "'");
            }
            String key = arg.substring(2, equals);
            if (!key.matches("data-dir|host|bolt-port|page-cache|transaction-memory")) {
                throw new IllegalArgumentException("unknown option '--" + key + "'");
            }
            options.put(key, arg.substring(equals + 1));
        }
        return options;
    }

    private static String require(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--bolt-port must be 1-65535, got '" + value + "'");
        }
    }

    // The embedded Neo4j serves one machine: its password guards it against other local users, not the network.
    private static void requireLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--host must be a loopback address, got '" + host + "'");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host '" + host + "' does not resolve");
        }
    }

    /**
     * Neo4j binds Bolt only after starting every database, so a taken port would otherwise surface some ten
     * seconds late. Neo4j's own bind error still covers the port being taken between this probe and then.
     */
    private static void requirePortFree(String host, int port) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IOException("Bolt port " + port + " on " + host + " is not available (" + e.getMessage()
                    + "); is another Neo4j already running?", e);
        }
    }

    private static String formatHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String describe(Throwable error) {
        StringBuilder message = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (message.length() > 0) {
                message.append(" <- ");
            }
            message.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
