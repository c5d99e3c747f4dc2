package io.zongshu.statistics;

import io.zongshu.common.ApiException;
import io.zongshu.common.Dated;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.DataValueService;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.statistics.FigureGroups.Definition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The cadre and talent figures of an org unit (the city unless asked otherwise), as themed views. */
@ApplicationScoped
@Transactional
public class StatisticsService {
    static final String CITY = "511900";

    static final List<Definition> CADRE = List.of(
            new Definition("frontLineSelection", "从一线选拔干部", "Selection from the front line", List.of(
                    "cadre.front_line_promotion_share", "cadre.township_heads_to_county_level")),
            new Definition("candidatesVettedOut", "动议人选把关", "Candidates vetted out", List.of(
                    "cadre.candidates_set_aside", "cadre.city_managed_cadres_dismissed")),
            new Definition("leadershipStructure", "领导班子结构", "Leadership structure", List.of(
                    "cadre.city_soes_professional_heads", "cadre.county_teams_party_building_share",
                    "cadre.county_teams_rural_work_share", "cadre.county_teams_opening_up_share")),
            new Definition("youngCadres", "年轻干部培养选拔", "Young cadres", List.of(
                    "cadre.young_cadre_measures", "cadre.two_way_exchange_cadres", "cadre.front_line_training_cadres",
                    "cadre.city_managed_under_40_growth", "cadre.township_leaders_under_35_growth")),
            new Definition("electionDiscipline", "换届纪律", "Election discipline", List.of(
                    "cadre.election_inspection_rounds")));

    static final List<Definition> TALENT = List.of(
            new Definition("recruitmentCampaign", "专项引才活动", "Recruitment campaign", List.of(
                    "talent.campaign_universities", "talent.intent_agreements", "talent.intent_agreements_growth")),
            new Definition("talentsRecruited", "人才引进", "Talents brought in", List.of(
                    "talent.urgent_talents_recruited", "talent.urgent_talents_growth",
                    "talent.flexible_high_end_talents")),
            new Definition("platforms", "人才平台", "Platforms", List.of(
                    "talent.partner_universities", "talent.cooperation_platforms")),
            new Definition("recognition", "人才评价", "Talent recognition", List.of(
                    "talent.city_leading_talents", "talent.provincial_programme_experts")),
            new Definition("services", "人才服务", "Services for talents", List.of(
                    "talent.experts_honoured", "talent.experts_liaised_by_city_leaders",
                    "talent.talent_apartments_renovated", "talent.youth_card_services")));

    @Inject
    DataValueService values;

    public Optional<Dated<FigureGroups>> cadre(int year, String orgUnit) {
        return view(year, orgUnit, CADRE);
    }

    public Optional<Dated<FigureGroups>> talent(int year, String orgUnit) {
        return view(year, orgUnit, TALENT);
    }

    /**
     * The view as of the newest of its values; empty when the unit has no approved value of the view's
     * figures for that year. An unknown unit is a mistake to report, not an empty view.
     */
    private Optional<Dated<FigureGroups>> view(int year, String orgUnit, List<Definition> definitions) {
        OrgUnit.findByCode(orgUnit)
                .orElseThrow(() -> ApiException.invalidParameter("orgUnit", "unknown org unit " + orgUnit));
        Set<String> wanted = definitions.stream().flatMap(d -> d.indicators().stream()).collect(Collectors.toSet());
        Map<String, DataValue> byIndicator = values.forUnitsAndPeriods(Set.of(orgUnit), Set.of(String.valueOf(year)))
                .stream().filter(v -> wanted.contains(v.indicator().code()))
                .collect(Collectors.toMap(v -> v.indicator().code(), Function.identity()));
        return byIndicator.isEmpty() ? Optional.empty()
                : Optional.of(Dated.of(FigureGroups.of(year, orgUnit, definitions, byIndicator),
                        byIndicator.values().stream().map(DataValue::recordedAt)));
    }
}
