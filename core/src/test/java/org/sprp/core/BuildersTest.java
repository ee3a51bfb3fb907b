package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Modifier;
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

  /** The public builders of the module's classes, found in the module itself. */
  private static List<Class<?>> publicBuilders() throws IOException {
    Module core = Programme.class.getModule();
    assertThat(core.isNamed()).as("core runs as a module").isTrue();
    try (ModuleReader reader = core.getLayer().configuration().findModule(core.getName()).orElseThrow()
        .reference().open()) {
      return reader.list()
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
  void everyPublicBuilderExtendsAGeneratedBuilderThatIsNotPublic() throws IOException {
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
