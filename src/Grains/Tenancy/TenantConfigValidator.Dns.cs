using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

public sealed partial class TenantConfigValidator
{
    private const int Md5HexLength = 32;
    private const int Sha256HexLength = 64;
    private const int MaxDnLength = 32;

    public static bool IsValidDnNumber(string? number) =>
        !string.IsNullOrEmpty(number) && number.Length <= MaxDnLength && number.All(char.IsAsciiDigit);

    private void ValidateDns()
    {
        var dns = _config.Dns ?? [];
        var queuePaths = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < dns.Count; i++)
        {
            var dn = dns[i];
            var path = $"dns[{i}]";
            if (RequirePresent(dn.Number, path + ".number"))
            {
                if (!IsValidDnNumber(dn.Number))
                {
                    Add(ConfigErrorCode.InvalidDnNumber, path + ".number", $"DN '{dn.Number}' must be 1-{MaxDnLength} digits");
                }
                else if (_dnsByNumber.TryGetValue(dn.Number, out var first))
                {
                    Add(ConfigErrorCode.DuplicateDn, path + ".number", $"DN {dn.Number} is already defined at dns[{first.Index}]");
                }
                else
                {
                    _dnsByNumber[dn.Number] = (i, dn);
                }
            }

            switch (dn.Type)
            {
                case DnType.Extension:
                    ValidateDigest(dn, path);
                    break;
                case DnType.VirtualQueue when RequirePresent(dn.QueueId, path + ".queueId"):
                    if (CheckUnique(queuePaths, dn.QueueId!, path + ".queueId", ConfigErrorCode.DuplicateQueueId, "queue id"))
                    {
                        _queueIds.Add(dn.QueueId!);
                    }

                    break;
            }

            ValidateQueueSettings(dn, path);
            ValidateStrategy(dn, path);
        }

        // Route-point targets may name queues or DNs defined later in the list, so they are checked last.
        for (var i = 0; i < dns.Count; i++)
        {
            if (dns[i].Type == DnType.RoutePoint)
            {
                ValidateRouteTarget(dns[i], $"dns[{i}].defaultTarget");
            }
        }
    }

    /// <summary>Delivery settings belong to virtual queues only, with a known selection and a sane ring time.</summary>
    private void ValidateQueueSettings(DnConfig dn, string path)
    {
        var hasSettings = dn.Selection is not null || dn.RingTimeoutSec is not null || dn.NotReadyOnNoAnswer is not null;
        if (dn.Type != DnType.VirtualQueue)
        {
            if (hasSettings)
            {
                var key = dn.Selection is not null ? "selection" : dn.RingTimeoutSec is not null ? "ringTimeoutSec" : "notReadyOnNoAnswer";
                Add(ConfigErrorCode.NotAQueue, $"{path}.{key}", $"DN {dn.Number}: {key} is a setting of virtual queues only");
            }

            return;
        }

        if (dn.Selection is not null && QueueSettingNames.Canonical(dn.Selection) is null)
        {
            Add(ConfigErrorCode.InvalidSelection, path + ".selection", $"queue '{dn.QueueId}': selection '{dn.Selection}' is not one of: {string.Join(", ", QueueSettingNames.Selections)}");
        }

        if (dn.RingTimeoutSec is { } ring && ring is < QueueSettingNames.MinRingTimeoutSec or > QueueSettingNames.MaxRingTimeoutSec)
        {
            Add(ConfigErrorCode.RingTimeoutOutOfRange, path + ".ringTimeoutSec", $"queue '{dn.QueueId}': ringTimeoutSec must be {QueueSettingNames.MinRingTimeoutSec}-{QueueSettingNames.MaxRingTimeoutSec}, got {ring}");
        }
    }

    private void ValidateDigest(DnConfig dn, string path)
    {
        if (dn.Digest is null)
        {
            Add(ConfigErrorCode.MissingDigest, path + ".digest", $"extension {dn.Number} has no digest password");
            return;
        }

        if (_domainValid && !string.Equals(dn.Digest.Realm, _config.SipDomain, StringComparison.OrdinalIgnoreCase))
        {
            Add(ConfigErrorCode.DigestRealmMismatch, path + ".digest", $"extension {dn.Number}: digest realm '{dn.Digest.Realm}' is not the tenant domain '{_config.SipDomain}' (HA1 depends on the realm: supply the password again)");
        }

        if (!DigestHa1Calculator.IsHa1(dn.Digest.Md5, Md5HexLength) || !DigestHa1Calculator.IsHa1(dn.Digest.Sha256, Sha256HexLength))
        {
            Add(ConfigErrorCode.InvalidHa1, path + ".digest", $"extension {dn.Number}: HA1 values must be lower-case hex of {Md5HexLength} (MD5) and {Sha256HexLength} (SHA-256) characters");
        }
    }

    private void ValidateRouteTarget(DnConfig dn, string path)
    {
        if (!RequirePresent(dn.DefaultTarget, path))
        {
            _errors[^1] = new ConfigError(ConfigErrorCode.MissingDefaultTarget, path, $"route point {dn.Number} has no default target");
            return;
        }

        var target = dn.DefaultTarget!;
        if (IsValidDnNumber(target))
        {
            if (!_dnsByNumber.ContainsKey(target))
            {
                Add(ConfigErrorCode.UnknownDn, path, $"route point {dn.Number}: default target DN {target} is not defined");
            }
        }
        else if (!_queueIds.Contains(target))
        {
            Add(ConfigErrorCode.UnknownQueue, path, $"route point {dn.Number}: default target queue '{target}' is not defined by any virtual queue");
        }
    }
}
