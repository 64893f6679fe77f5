package org.causette.moderation.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.control.CaseStore;
import org.causette.moderation.cases.entity.CaseNotFound;
import org.causette.moderation.cases.entity.CaseRecord;
import org.causette.moderation.evidence.entity.EmergencyFlag;
import org.causette.moderation.evidence.entity.EmergencyRequest;
import org.causette.moderation.evidence.entity.EvidenceBundle;
import org.causette.contracts.HoldTarget;
import org.causette.kit.identification.AddressCipher;
import org.causette.moderation.holds.control.LegalHolds;
import org.causette.moderation.identification.control.IdentificationKey;
import org.causette.moderation.identification.control.IdentificationStore;
import org.causette.moderation.sanctions.control.SanctionStore;
import org.causette.moderation.verdicts.control.VerdictStore;
import org.causette.moderation.verdicts.entity.StoredVerdict;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Emergency flags on cases, and their evidence bundles: the case, its reports, the message and verdict, the decision. */
@ApplicationScoped
public class EvidenceBundles {
    static final int MAX_REASON = 1000;

    @Inject
    CaseStore cases;

    @Inject
    VerdictStore verdicts;

    @Inject
    SanctionStore sanctions;

    @Inject
    EvidenceKey key;

    @Inject
    IdentificationStore identification;

    @Inject
    IdentificationKey identificationKey;

    @Inject
    LegalHolds holds;

    @Inject
    org.causette.moderation.audit.control.AuditStore audit;

    public EmergencyFlag flag(String caseId, EmergencyRequest request, String by) {
        var reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw ProblemException.invalidField("reason", "1 to " + MAX_REASON + " characters: what threat is suspected");
        }
        var at = Instant.now();
        var flag = cases.flagEmergency(caseId, by, reason, at).orElseThrow(() -> new CaseNotFound(caseId));
        if (java.util.Date.from(at).equals(flag.getDate("flaggedAt")) && by.equals(flag.getString("flaggedBy"))) {
            preserve(caseId);   // a new flag: keep the evidence beyond every retention period
        }
        return new EmergencyFlag(caseId, flag.getString("flaggedBy"), flag.getDate("flaggedAt").toInstant(),
                flag.getString("reason"), "cases/" + caseId + "/evidence");
    }

    /** Places a legal hold on what the case is about: its session (everything it wrote), else its message or room. */
    private void preserve(String caseId) {
        var target = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId)).target();
        var hold = target.sessionId() != null ? new HoldTarget(null, target.sessionId(), null, null, null, null)
                : target.messageId() != null ? new HoldTarget(target.messageId(), null, null, null, null, null)
                : new HoldTarget(null, null, null, target.roomId(), null, null);
        var placed = holds.place(hold, "Signalement d'urgence (DSA art. 18)", "emergency:" + caseId, "system:emergency");
        audit.record("system:emergency", "legal-hold-placed", placed.id(), "reference", placed.reference());
    }

    /** @throws ProblemException 409 not-emergency unless the case is flagged; 503 without a key */
    public EvidenceBundle bundle(String caseId, String generatedBy) {
        var record = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        var flag = cases.emergency(caseId).orElseThrow(() -> ProblemException.conflict("not-emergency",
                "Evidence bundles are produced for cases flagged as an emergency."));
        var secret = key.get();
        var items = EvidenceChain.link(contents(record, flag));
        var finalHash = items.isEmpty() ? EvidenceChain.GENESIS : items.get(items.size() - 1).hash();
        return new EvidenceBundle(caseId, EvidenceChain.time(Instant.now()), generatedBy, EvidenceChain.ZONE.getId(),
                items, finalHash, new EvidenceBundle.Signature(EvidenceChain.ALGORITHM, EvidenceChain.keyId(secret),
                EvidenceChain.sign(finalHash, secret)));
    }

    List<Map.Entry<String, Map<String, Object>>> contents(CaseRecord record, Document flag) {
        var contents = new ArrayList<Map.Entry<String, Map<String, Object>>>();
        var target = record.target();
        var c = new HashMap<String, Object>();
        c.put("id", record.id());
        c.put("status", record.summary().status());
        c.put("source", record.source());
        c.put("category", record.category());
        c.put("priority", (long) record.priority());
        c.put("openedAt", EvidenceChain.time(record.openedAt()));
        c.put("target", nullable("messageId", target.messageId(), "sessionId", target.sessionId(),
                "roomId", target.roomId()));
        c.put("emergency", nullable("flaggedBy", flag.getString("flaggedBy"),
                "flaggedAt", EvidenceChain.time(flag.getDate("flaggedAt").toInstant()), "reason", flag.getString("reason")));
        contents.add(entry("case", c));
        for (var r : record.reports()) {
            contents.add(entry("report", nullable("id", r.id(), "source", r.source(), "category", r.category(),
                    "comment", r.comment(), "reporterSessionId", r.reporterSessionId(), "at", EvidenceChain.time(r.at()))));
        }
        Optional<StoredVerdict> stored = target.messageId() == null ? Optional.empty() : verdicts.find(target.messageId());
        stored.ifPresent(v -> {
            var m = v.message();
            contents.add(entry("message", nullable("id", m.id(), "text", m.text(), "channelKind", m.channel().kind().name(),
                    "channelId", m.channel().id(), "senderSessionId", m.sender().sessionId(),
                    "senderNickname", m.sender().nickname(), "sentAt", EvidenceChain.time(m.sentAt()))));
            var verdict = v.verdict();
            var vc = nullable("action", verdict.action().name(), "reason", verdict.reason(),
                    "deliveredText", verdict.deliveredText(), "score", Double.toString(verdict.score()),
                    "evaluatedAt", EvidenceChain.time(v.evaluatedAt()), "decisionId", v.decisionId(),
                    "statementId", v.statementId());
            vc.put("categories", List.copyOf(verdict.categories()));
            vc.put("ruleIds", List.copyOf(verdict.ruleIds()));
            contents.add(entry("verdict", vc));
        });
        var decision = record.decision();
        if (decision != null) {
            contents.add(entry("decision", nullable("id", decision.id(), "action", decision.action(),
                    "durationMinutes", decision.durationMinutes(), "reason", decision.reason(),
                    "ground", decision.ground(), "decidedBy", decision.decidedBy(),
                    "decidedAt", EvidenceChain.time(decision.decidedAt()), "statementId", decision.statement())));
        }
        if (target.sessionId() != null) {
            for (var s : sanctions.ofSession(target.sessionId())) {
                contents.add(entry("sanction", nullable("id", s.sanctionId(), "sessionId", s.sessionId(),
                        "action", s.action(), "until", EvidenceChain.time(s.until()), "caseId", s.caseId(),
                        "issuedBy", s.issuedBy(), "issuedAt", EvidenceChain.time(s.issuedAt()),
                        "liftedAt", EvidenceChain.time(s.liftedAt()))));
            }
        }
        identificationData(record, stored).forEach(contents::add);
        return contents;
    }

    /** LCEN identification data of the sessions concerned (the target and the reported message's author). */
    private List<Map.Entry<String, Map<String, Object>>> identificationData(CaseRecord record,
                                                                             Optional<StoredVerdict> stored) {
        var sessions = new java.util.LinkedHashSet<String>();
        if (record.target().sessionId() != null) {
            sessions.add(record.target().sessionId());
        }
        stored.map(v -> v.message().sender().sessionId()).ifPresent(sessions::add);
        if (sessions.isEmpty()) {
            return List.of();
        }
        var records = identification.ofSessions(sessions);
        byte[] secret = records.stream().anyMatch(r -> r.addressCipher() != null) ? identificationKey.get() : null;
        var items = new ArrayList<Map.Entry<String, Map<String, Object>>>();
        for (var r : records) {
            String address = null;
            if (r.addressCipher() != null) {
                try {
                    address = AddressCipher.open(secret, r.sessionId(), r.addressCipher());
                } catch (IllegalArgumentException e) {
                    address = "(unreadable: sealed with another key)";
                }
            }
            var content = nullable("recordId", r.id(), "kind", r.kind(), "sessionId", r.sessionId(),
                    "pseudonym", r.nickname(), "connection", r.connection(), "address", address,
                    "deviceHash", r.deviceHash(), "messageId", r.messageId(), "channelKind", r.channelKind(),
                    "channelId", r.channelId(), "at", EvidenceChain.time(r.at()),
                    "retainedUntil", EvidenceChain.time(r.expiresAt()));
            content.put("legalHold", r.legalHold());
            items.add(entry("identification", content));
        }
        return items;
    }

    private static Map.Entry<String, Map<String, Object>> entry(String kind, Map<String, Object> content) {
        return new AbstractMap.SimpleImmutableEntry<>(kind, content);
    }

    /** A map from alternating keys and values, leaving out the null ones: an absent field and a null hash alike. */
    private static Map<String, Object> nullable(Object... kv) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                map.put((String) kv[i], kv[i + 1]);
            }
        }
        return map;
    }
}
