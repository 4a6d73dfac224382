"""Schemathesis hooks for fuzz/run (loaded through SCHEMATHESIS_HOOKS).

The fuzzer acts as the tenant's owner with one API token. A few well-formed requests would end
that: deleting the owner's account, changing it (which can disable it, set its password, so
ending its tokens, or take its administration away), and revoking the token itself. Every later request would then be refused with 401, and test nothing. These requests
are sent to an ID that does not exist instead (so they are still sent, and answered 404);
the same operations on every other account and token are fuzzed as generated.

Likewise, turning remote help off would leave every session operation answering
`remote_help_disabled` for the rest of the run, so a settings change keeps it on.
"""

import os
import uuid

import schemathesis

OWNER_ID = os.environ["FUZZ_OWNER_ID"]
TOKEN_ID = os.environ["FUZZ_TOKEN_ID"]

# (method, path template, path parameter): the fuzzer's own account and token.
PROTECTED = {
    ("DELETE", "/api/v1/users/{id}", "id"): OWNER_ID,
    ("PATCH", "/api/v1/users/{id}", "id"): OWNER_ID,
    ("DELETE", "/api/v1/tokens/{id}", "id"): TOKEN_ID,
}


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    operation = (case.method.upper(), case.operation.path)
    for (method, path, name), protected in PROTECTED.items():
        if (method, path) != operation or not isinstance(case.path_parameters, dict):
            continue
        if str(case.path_parameters.get(name, "")).lower() == protected:
            case.path_parameters[name] = str(uuid.uuid4())
    if operation == ("PATCH", "/api/v1/tenant/settings") and isinstance(case.body, dict):
        if case.body.get("remote_help_enabled") is False:
            case.body["remote_help_enabled"] = True
