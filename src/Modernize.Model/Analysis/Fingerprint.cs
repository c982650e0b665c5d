using System.Security.Cryptography;
using System.Text;

namespace Modernize.Model.Analysis;

/// <summary>Stable identities for findings and violations: a hash of the rule id and the symbols, never of positions.</summary>
public static class Fingerprint
{
    /// <summary>
    /// The name of the hashing scheme below: the first 8 bytes of SHA-256 over the rule id and the symbols, one per line, in
    /// lower-case hex. Baseline files and SARIF results (as the <c>partialFingerprints</c> key) carry fingerprints of this
    /// scheme, and users commit them: a change to the hash is a new scheme ("modernize/v2"), a new baseline file version and a
    /// migration, never a silent edit (tests pin literal fingerprints; docs/analysis.md).
    /// </summary>
    public const string Scheme = "modernize/v1";

    public static string Of(string ruleId, IEnumerable<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var text = ruleId + "\n" + string.Join("\n", symbols);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
