package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sprp.core.Programme;

/**
 * One {@link ProgrammeJson} shared by eight threads that read and write different programmes at
 * the same time, every result checked against what the same work gives on one thread.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void eightThreadsShareOneReaderAndWriter() throws Exception {
    ProgrammeJson shared = ProgrammeJson.strict();
    List<Programme> programmes = new ArrayList<>();
    List<byte[]> documents = new ArrayList<>();
    for (int i = 0; i < THREADS * 2; i++) {
      Programme programme = RandomProgrammes.generate(9000 + i, 10 + 7 * i);
      programmes.add(programme);
      documents.add(ProgrammeJson.builder().build().write(programme));   // written by another instance
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Integer> work = () -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            int i = (thread + round) % programmes.size();
            assertThat(shared.read(documents.get(i))).isEqualTo(programmes.get(i));
            assertThat(shared.write(programmes.get(i))).isEqualTo(documents.get(i));
            int j = (thread * 3 + round) % programmes.size();
            assertThat(shared.writeString(shared.read(shared.writeString(programmes.get(j)))))
                .isEqualTo(new String(documents.get(j), java.nio.charset.StandardCharsets.UTF_8));
            checked += 3;
          }
          return checked;
        };
        results.add(pool.submit(work));
      }
      start.countDown();
      int checked = 0;
      for (Future<Integer> result : results) {
        checked += result.get();
      }
      assertThat(checked).isEqualTo(THREADS * ROUNDS * 3);
    } finally {
      pool.shutdownNow();
    }
  }
}
