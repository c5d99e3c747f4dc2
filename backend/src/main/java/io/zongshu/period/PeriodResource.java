package io.zongshu.period;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "periods")
public class PeriodResource {

    /** A reporting period; county offices may write only to open ones. */
    @Schema(name = "Period")
    public record PeriodView(String code, PeriodKind kind, LocalDate startDate, LocalDate endDate, PeriodState state) {
        static PeriodView of(Period p) {
            return new PeriodView(p.code(), p.kind(), p.startDate(), p.endDate(), p.state());
        }
    }

    @GET
    @Operation(operationId = "listPeriods", summary = "The reporting periods, newest first, with their state")
    public List<PeriodView> list() {
        return Period.<Period>listAll().stream()
                .sorted((a, b) -> b.startDate().compareTo(a.startDate()))
                .map(PeriodView::of).toList();
    }
}
