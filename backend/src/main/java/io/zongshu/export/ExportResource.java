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
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            @Context HttpHeaders headers,
            @Context Request request) {
        ExportFormat chosen = format != null ? Params.codedEnum("format", format, ExportFormat.class)
                : negotiate(headers, request);
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
        // A whole year's live export carries the latest edition's text: a new edition is a new export.
        String text = filter.edition() == null && filter.isWholeYear() ? reviews.latestEditionCode(
                Integer.parseInt(filter.periods().get(0))).orElse("none") : "";
        EntityTag etag = Representation.strongTag((ExportWriter.LAYOUT + "|" + chosen.code() + "|" + withBom + "|"
                + english + "|" + filter.canonical() + "|" + fingerprint.text() + "|" + text)
                .getBytes(StandardCharsets.UTF_8));
        Validators validators = Validators.of(etag).modifiedAt(fingerprint.newest());
        String cacheControl = filter.edition() != null ? "public, max-age=31536000, immutable" : Representation.REVALIDATE;
        return validators.respond(headers, cacheControl, () -> {
            // A whole year (one period, no other filter) carries its review, so one file archives the year.
            // (An edition's export carries the edition's text; a live one the latest edition's.)
            ReviewDocument review = chosen == ExportFormat.JSON && filter.isWholeYear()
                    ? reviews.publishedDocument(Integer.parseInt(filter.periods().get(0)),
                            filter.edition() == null ? null : filter.edition().code()).orElse(null)
                    : null;
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

    /**
     * The format the Accept header prefers, by the JAX-RS negotiation (q-values, wildcards, q=0 refusals):
     * JSON, then CSV, and JSON-stat under any media type the client names with json-stat in it (it has no
     * registered type). Nothing acceptable is a 406; no Accept, or one that takes anything, gives JSON.
     */
    private static ExportFormat negotiate(HttpHeaders headers, Request request) {
        Map<Variant, ExportFormat> variants = new LinkedHashMap<>();
        for (MediaType asked : headers.getAcceptableMediaTypes()) {
            if (asked.toString().contains("json-stat")) {
                // Its own variant, listed first: it wins over application/json when both match as well.
                Map<String, String> parameters = new HashMap<>(asked.getParameters());
                parameters.remove("q");
                variants.put(variant(new MediaType(asked.getType(), asked.getSubtype(), parameters)), ExportFormat.JSON_STAT);
            }
        }
        // With the parameters of what is served, so that an Accept naming them (charset=utf-8) matches too;
        // the negotiation compares charset values as written, though they are case-insensitive: both spellings.
        for (String charset : List.of("utf-8", "UTF-8")) {
            variants.put(variant(MediaType.APPLICATION_JSON_TYPE.withCharset(charset)), ExportFormat.JSON);
        }
        for (String charset : List.of("utf-8", "UTF-8")) {
            MediaType csv = MediaType.valueOf(ExportFormat.CSV.mediaType());
            Map<String, String> parameters = new HashMap<>(csv.getParameters());
            parameters.put(MediaType.CHARSET_PARAMETER, charset);
            variants.put(variant(new MediaType(csv.getType(), csv.getSubtype(), parameters)), ExportFormat.CSV);
        }
        Variant best = request.selectVariant(new ArrayList<>(variants.keySet()));
        if (best == null) {
            throw new NotAcceptableException();
        }
        return variants.get(best);
    }

    private static Variant variant(MediaType type) {
        return new Variant(type, (String) null, null);
    }
}
