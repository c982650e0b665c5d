using System.Security.Cryptography;
using System.Text;

namespace Modernize.Model.Analysis;

/// <summary>Stable identities for findings and violations: a hash of the rule id and the symbols, never of positions.</summary>
public static class Fingerprint
{
    public static string Of(string ruleId, IEnumerable<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var text = ruleId + "\n" + string.Join("\n", symbols);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
