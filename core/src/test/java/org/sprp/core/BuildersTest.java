package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.place.Place;
import org.sprp.core.plan.EventFilter;

/**
 * Every value's public {@code Builder} extends the builder Immutables generates. Javadoc documents
 * the setters and {@code build()} inherited from that class under the public builder itself only
 * when the generated class is not public; a public one nested in a package-private class left the
 * builders' pages with bare method names.
 */
class BuildersTest {

  /**
   * The public builders of core's classes, found among its compiled classes: a folder, whether
   * the tests run on the module path (Surefire) or on the class path (PIT).
   */
  private static List<Class<?>> publicBuilders() throws IOException, URISyntaxException {
    Path classes = Path.of(Programme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classes).as("core's classes").isDirectory();
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(file -> classes.relativize(file).toString().replace(File.separatorChar, '/'))
          .filter(name -> name.endsWith("$Builder.class"))
          .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
          .filter(builder -> Modifier.isPublic(builder.getModifiers())
              && Modifier.isPublic(builder.getDeclaringClass().getModifiers()))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, BuildersTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  @Test
  void everyPublicBuilderExtendsAGeneratedBuilderThatIsNotPublic() throws IOException, URISyntaxException {
    List<Class<?>> builders = publicBuilders();

    assertThat(builders).extracting(Class::getName).containsAll(Stream.of(Programme.class, Place.class,
        KnowledgeActivity.class, EventFilter.class).map(type -> type.getName() + "$Builder").collect(Collectors.toList()));
    assertThat(builders).hasSize(15);
    for (Class<?> builder : builders) {
      Class<?> generated = builder.getSuperclass();
      assertThat(generated.getName()).as(builder.getName()).contains(".Immutable");
      assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getName() + " is public").isFalse();
    }
  }
}
