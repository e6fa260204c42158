package vn.lienthong.bench;

import com.sun.tools.attach.VirtualMachine;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the server's heap during a run over JMX (attaching to its process id, same user): the
 * largest heap in use seen (sampled every 200 ms, garbage included), the largest live set the
 * collector left after a collection (the heap pools' collection usage), the heap limit, and the
 * collections' count and time. The target is 1 GiB.
 */
final class ServerHeapWatch implements AutoCloseable {

    private final long pid;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> heapPools;
    private final List<GarbageCollectorMXBean> collectors;
    private final long gcCountAtStart;
    private final long gcMillisAtStart;
    private final AtomicLong maxUsed = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private ServerHeapWatch(long pid, JMXConnector connector) throws IOException {
        this.pid = pid;
        this.connector = connector;
        MBeanServerConnection server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        this.heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        this.collectors = ManagementFactory.getPlatformMXBeans(server, GarbageCollectorMXBean.class);
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        this.gcCountAtStart = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        this.gcMillisAtStart = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        this.sampler = new Thread(this::sample, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static Optional<ServerHeapWatch> attach(Optional<Long> pid, PrintStream out) {
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid.get()));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            return Optional.of(new ServerHeapWatch(pid.get(), JMXConnectorFactory.connect(new JMXServiceURL(address))));
        } catch (Exception e) {
            out.printf("Cannot watch the server's heap (pid %d): %s%n", pid.get(), e);
            return Optional.empty();
        }
    }

    private void sample() {
        while (running) {
            try {
                maxUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                return; // the server went away: keep what was seen
            }
        }
    }

    void print(PrintStream out) {
        MemoryUsage heap = memory.getHeapMemoryUsage();
        long liveAfterGc = heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                .filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
        long peakOfPools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long gcCount = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - gcCountAtStart;
        long gcMillis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gcMillisAtStart;
        out.printf(Locale.ROOT, "%nServer heap (pid %d, target <= 1024 MiB): max used seen %d MiB (sampled every 200 ms), "
                        + "sum of pool peaks %d MiB, used after the last collection %d MiB, committed %d MiB, limit %d MiB; "
                        + "%d collections, %d ms in GC during the run%n",
                pid, mib(maxUsed.get()), mib(peakOfPools), mib(liveAfterGc), mib(heap.getCommitted()), mib(heap.getMax()),
                gcCount, gcMillis);
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            connector.close();
        } catch (IOException e) {
            // closing a monitoring connection: nothing to do
        }
    }
}
