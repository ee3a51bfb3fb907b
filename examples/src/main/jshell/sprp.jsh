// JShell start-up script of the SPRP programme model: imports the library and loads the seed
// programme (the source document "Pilot sites - first mission, September 2015") into `sprp`.
// Open it with the README's JShell command, then try for example:
//   sprp.sites()
//   sprp.activity(ActivityId.of("shanghai-contacts")).orElseThrow().timing()
//   Timing.parse("2016-02?").latest()
//   json.writeValueAsString(sprp.place(PlaceId.of("luzhou")).orElseThrow())
//   Plan.of(sprp).coverage()
import java.time.*;
import org.sprp.core.*;
import org.sprp.core.activity.*;
import org.sprp.core.actor.*;
import org.sprp.core.place.*;
import org.sprp.core.plan.*;
import org.sprp.core.report.*;
import org.sprp.core.time.*;
import org.sprp.serialization.*;
import org.sprp.examples.*;

ProgrammeJson json = ProgrammeJson.strict();
Programme sprp = json.read(SeedProgramme.class.getResourceAsStream("/pilot-sites-2015.json"));
System.out.println("Loaded " + sprp + " into `sprp`; `json` reads and writes JSON.");
