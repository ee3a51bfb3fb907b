/**
 * The SPRP programme model: immutable types for the EU-China Social Protection Reform Project,
 * its components, pilot sites, missions, knowledge requests and knowledge-sharing activities, with
 * EDTF timings. Its only runtime dependency is Guava.
 */
@SuppressWarnings("module") // The qualified export names a module built after this one.
module org.sprp.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;

  exports org.sprp.core;
  exports org.sprp.core.activity;
  exports org.sprp.core.actor;
  exports org.sprp.core.place;
  exports org.sprp.core.plan;
  exports org.sprp.core.report;
  exports org.sprp.core.time;

  // Message helpers that the serialization module shares, and the planning queries' columns,
  // which it does not use but a package cannot export class by class; not API.
  exports org.sprp.core.internal to org.sprp.serialization;
}
