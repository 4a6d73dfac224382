//! Compliance: whether a device's facts meet every rule of every policy of its tenant. Pure:
//! the facts, the policies and the time are arguments. Each failing rule is described in words
//! that name its policy, for the helper's warning and the administrator's inventory.

use assist_protocol::api::devices::{Compliance, CompliancePolicy, DeviceFacts, Platform};
use time::OffsetDateTime;

fn platform_name(platform: Platform) -> &'static str {
    match platform {
        Platform::Windows => "Windows",
        Platform::Macos => "macOS",
        Platform::Linux => "Linux",
    }
}

/// Evaluates `facts` (last reported at `last_check_in`) against `policies` at `now`.
#[must_use]
pub fn evaluate(
    facts: &DeviceFacts,
    last_check_in: OffsetDateTime,
    policies: &[CompliancePolicy],
    now: OffsetDateTime,
) -> Compliance {
    let mut failing = Vec::new();
    for policy in policies {
        let rules = &policy.rules;
        let minimum = match facts.platform {
            Platform::Windows => rules.min_os_version.windows.as_ref(),
            Platform::Macos => rules.min_os_version.macos.as_ref(),
            Platform::Linux => rules.min_os_version.linux.as_ref(),
        };
        if let Some(minimum) = minimum.filter(|min| facts.os_version < **min) {
            failing.push(format!(
                "{}: {} {} is older than the required {minimum}",
                policy.name,
                platform_name(facts.platform),
                facts.os_version
            ));
        }
        if let Some(minimum) = rules
            .min_agent_version
            .as_ref()
            .filter(|min| facts.agent_version < **min)
        {
            failing.push(format!(
                "{}: Assist agent {} is older than the required {minimum}",
                policy.name, facts.agent_version
            ));
        }
        if let Some(days) = rules.max_days_since_check_in {
            let since = (now - last_check_in).whole_days();
            if since > i64::from(days) {
                failing.push(format!(
                    "{}: last check-in {since} days ago, more than the allowed {days}",
                    policy.name
                ));
            }
        }
        if rules.disk_encryption_required && !facts.disk_encrypted {
            failing.push(format!("{}: disk encryption is off", policy.name));
        }
    }
    Compliance {
        compliant: failing.is_empty(),
        failing,
    }
}

#[cfg(test)]
mod tests {
    use assist_protocol::api::devices::{ComplianceRules, MinimumOsVersions};
    use assist_protocol::ids::CompliancePolicyId;
    use assist_protocol::text::{FactText, Version};

    use super::*;

    fn facts(os: &str, agent: &str, encrypted: bool) -> DeviceFacts {
        DeviceFacts {
            host_name: FactText::parse("PC-042").expect("valid"),
            platform: Platform::Windows,
            os_version: Version::parse(os).expect("valid"),
            agent_version: Version::parse(agent).expect("valid"),
            model: FactText::parse("").expect("valid"),
            serial_number: FactText::parse("").expect("valid"),
            disk_encrypted: encrypted,
            primary_user: None,
        }
    }

    fn policy(rules: ComplianceRules) -> CompliancePolicy {
        CompliancePolicy {
            id: CompliancePolicyId::generate(),
            name: "Baseline".into(),
            rules,
            created_at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn every_failing_rule_is_named() {
        let rules = ComplianceRules {
            min_os_version: MinimumOsVersions {
                windows: Some(Version::parse("10.0.22631").expect("valid")),
                ..Default::default()
            },
            min_agent_version: Some(Version::parse("1.2").expect("valid")),
            max_days_since_check_in: Some(7),
            disk_encryption_required: true,
        };
        let now = OffsetDateTime::UNIX_EPOCH + time::Duration::days(30);
        let result = evaluate(
            &facts("10.0.19045", "1.1.9", false),
            OffsetDateTime::UNIX_EPOCH,
            &[policy(rules.clone())],
            now,
        );
        assert!(!result.compliant);
        assert_eq!(
            result.failing,
            [
                "Baseline: Windows 10.0.19045 is older than the required 10.0.22631",
                "Baseline: Assist agent 1.1.9 is older than the required 1.2",
                "Baseline: last check-in 30 days ago, more than the allowed 7",
                "Baseline: disk encryption is off",
            ]
        );
        let good = evaluate(
            &facts("10.0.22631", "1.2.0", true),
            now,
            &[policy(rules)],
            now,
        );
        assert_eq!(
            good,
            Compliance {
                compliant: true,
                failing: vec![]
            }
        );
    }

    #[test]
    fn no_policies_means_compliant_and_other_platforms_are_not_judged_by_windows_rules() {
        let now = OffsetDateTime::UNIX_EPOCH;
        assert!(evaluate(&facts("1", "1", false), now, &[], now).compliant);
        let mut mac = facts("14.2", "1.0", true);
        mac.platform = Platform::Macos;
        let rules = ComplianceRules {
            min_os_version: MinimumOsVersions {
                windows: Some(Version::parse("99").expect("valid")),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(evaluate(&mac, now, &[policy(rules)], now).compliant);
    }
}
