using Modernize.Model;
using Npgsql;

namespace Modernize.Storage.Postgres;

/// <summary>
/// Reads the PostgreSQL forms of <c>--db</c>: a URL (<c>postgres://user:pass@host:port/db?sslmode=require&amp;search_path=modernize</c>)
/// or an Npgsql key/value string (<c>Host=...;Username=...</c>). <see cref="Redacted"/> is what messages show: never the password.
/// </summary>
public sealed class PostgresConnectionString
{
    private PostgresConnectionString(NpgsqlConnectionStringBuilder builder)
    {
        Builder = builder;
        var port = builder.Port == NpgsqlConnection.DefaultPort ? string.Empty : ":" + builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : Uri.EscapeDataString(builder.Username) + "@";
        var schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : "?search_path=" + Uri.EscapeDataString(builder.SearchPath);
        Redacted = $"postgres://{user}{builder.Host}{port}/{builder.Database}{schema}";
    }

    /// <summary>The parsed settings, password included: hand to Npgsql only.</summary>
    public NpgsqlConnectionStringBuilder Builder { get; }

    /// <summary>The same address without the password, for messages and logs.</summary>
    public string Redacted { get; }

    /// <summary>Whether <paramref name="value"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (value.Contains('=', StringComparison.Ordinal) && (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase)));
    }

    public static PostgresConnectionString Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains("://", StringComparison.Ordinal) ? FromUrl(value) : FromKeyValues(value);
    }

    private static PostgresConnectionString FromKeyValues(string value)
    {
        try
        {
            return new PostgresConnectionString(new NpgsqlConnectionStringBuilder(value));
        }
        catch (ArgumentException e)
        {
            // The message of a bad keyword names the keyword, never the value.
            throw new InputException("postgres connection string", $"not a valid connection string ({e.Message.Split('\n')[0].Trim()})");
        }
    }

    private static PostgresConnectionString FromUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new InputException("postgres URL", "not a valid URL; expected postgres://user:password@host:port/database (special characters in the password percent-encoded)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? NpgsqlConnection.DefaultPort : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var redactedUrl = new UriBuilder(uri) { Password = string.Empty, Query = string.Empty }.Uri.GetLeftPart(UriPartial.Path);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var setting = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                // libpq's names where they differ from Npgsql's; anything else is passed as an Npgsql keyword.
                builder[key.ToLowerInvariant() switch
                {
                    "sslmode" => "SSL Mode",
                    "search_path" or "schema" => "Search Path",
                    "application_name" => "Application Name",
                    "connect_timeout" => "Timeout",
                    "user" => "Username",
                    _ => key,
                }] = setting;
            }
            catch (ArgumentException)
            {
                throw new InputException(redactedUrl, $"unknown or invalid setting '{key}' in the URL query");
            }
        }

        return new PostgresConnectionString(builder);
    }
}
