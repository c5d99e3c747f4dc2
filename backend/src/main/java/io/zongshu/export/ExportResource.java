package io.zongshu.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import io.zongshu.common.Validators;
import io.zongshu.indicator.Category;
import io.zongshu.review.ReviewService;
import io.zongshu.review.ReviewViews.ReviewDocument;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Approved values for analysts, streamed as they are read: native JSON, JSON-stat 2.0 or CSV. The ETag is
 * derived from the request and a fingerprint of the matching rows, so a repeat is a cheap 304 and an
 * approval changes the ETag only of exports that hold the changed values.
 */
@Path("/api/v1/exports")
public class ExportResource {
    @Inject
    ExportService service;
    @Inject
    ExportQuery query;
    @Inject
    ObjectMapper json;
    @Inject
    ReviewService reviews;

    @GET
    public Response export(
            @QueryParam("period") List<String> period,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("orgUnit") List<String> orgUnit,
            @QueryParam("descendants") String descendants,
            @QueryParam("category") List<String> category,
            @QueryParam("indicator") List<String> indicator,
            @QueryParam("edition") String edition,
            @QueryParam("format") String format,
            @QueryParam("bom") String bom,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context HttpHeaders request) {
        ExportFormat chosen = format != null ? Params.codedEnum("format", format, ExportFormat.class)
                : accept != null && accept.contains("text/csv") ? ExportFormat.CSV
                : accept != null && accept.contains("json-stat") ? ExportFormat.JSON_STAT : ExportFormat.JSON;
        boolean withBom = Params.flag("bom", bom);
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw ApiException.invalidParameter("lang", "must be zh or en");
        }
        boolean english = "en".equals(lang);
        if (from != null) {
            Params.code("from", from);
        }
        if (to != null) {
            Params.code("to", to);
        }
        ExportFilter filter = service.filter(Params.codes("period", period), from, to, Params.codes("orgUnit", orgUnit),
                Params.flag("descendants", descendants),
                category.stream().map(c -> Params.codedEnum("category", c, Category.class).code()).toList(),
                Params.codes("indicator", indicator), edition == null ? null : Params.code("edition", edition));
        // An edition never changes: its content hash stands for the data, its publication is its last change;
        // live values are fingerprinted, and the newest of them is the last change.
        ExportQuery.Fingerprint fingerprint = filter.edition() != null
                ? new ExportQuery.Fingerprint(filter.edition().contentHash(), filter.edition().publishedAt())
                : query.read(c -> query.fingerprint(c, filter));
        EntityTag etag = Representation.strongTag((chosen.code() + "|" + withBom + "|" + english + "|"
                + filter.canonical() + "|" + fingerprint.text()).getBytes(StandardCharsets.UTF_8));
        Validators validators = Validators.of(etag).modifiedAt(fingerprint.newest());
        String cacheControl = filter.edition() != null ? "public, max-age=31536000, immutable" : Representation.REVALIDATE;
        return validators.respond(request, cacheControl, () -> {
            // A whole year (one period, no other filter) carries its review, so one file archives the year.
            ReviewDocument review = chosen == ExportFormat.JSON && filter.isWholeYear()
                    ? reviews.document(Integer.parseInt(filter.periods().get(0))).orElse(null) : null;
            ExportWriter writer = new ExportWriter(query, json, filter, english, review);
            StreamingOutput body = out -> query.read(c -> {
                switch (chosen) {
                    case CSV -> writer.csv(c, out, withBom);
                    case JSON_STAT -> writer.jsonStat(c, out);
                    default -> writer.json(c, out);
                }
                return null;
            });
            Response.ResponseBuilder response = Response.ok(body, chosen.mediaType());
            if (filter.edition() != null) {
                response.header("Zongshu-Content-Hash", filter.edition().contentHash());
            }
            return response.header("Content-Disposition",
                    "attachment; filename=\"zongshu-export." + chosen.extension() + "\"");
        });
    }
}
