using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// A data-access technology names a layer, not a module (decision 97): bitwarden/server keeps the repositories of every
/// domain in <c>Infrastructure.EntityFramework</c> and <c>Infrastructure.Dapper</c>, and the scan proposed cells named
/// <c>EntityFramework</c> (325 types) and <c>Dapper</c> (106) beside the domains those repositories serve.
/// </summary>
public sealed class TechnologyWordsTests
{
    [Theory]
    [InlineData("EntityFramework")]
    [InlineData("Dapper")]
    [InlineData("NHibernate")]
    [InlineData("MongoDb")]
    public void A_technology_segment_is_skipped_so_repositories_key_by_their_domain(string technology)
    {
        var types = new[]
        {
            Type($"Bit.Infrastructure.{technology}.Vault.Repositories.CipherRepository"),
            Type($"Bit.Infrastructure.{technology}.Billing.Repositories.InvoiceRepository"),
            Type("Bit.Core.Vault.Entities.Cipher"),
            Type("Bit.Core.Billing.Entities.Invoice"),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Namespace);

        Assert.Equal(["vault", "bill", "vault", "bill"], segments.Select(s => s[0]));
        Assert.DoesNotContain(technology.ToLowerInvariant(), DomainWords.OfPlace($"Bit.Infrastructure.{technology}", "src/Repo.cs", $"Bit.Infrastructure.{technology}"));
    }

    [Fact]
    public void A_data_provider_folder_keys_by_its_module_not_by_its_database()
    {
        // mojoPortal's shape: one folder per database (not split at dots), each holding the same DB classes.
        var types = new[]
        {
            Type("Shop.Data.DBBlog", "Shop.Blog.Data.MySql/DBBlog.cs"),
            Type("Shop.Data.DBBlog", "Shop.Blog.Data.pgsql/DBBlog.cs"),
            Type("Shop.Data.DBBlog", "Shop.Blog.Data.SqlCe/DBBlog.cs"),
            Type("Shop.Data.DBForum", "Shop.Forums.Data.MsSql/DBForum.cs"),
            Type("Shop.Data.DBForum", "Shop.Forums.Data.Firebird/DBForum.cs"),
            Type("Shop.Data.DBForum", "Shop.Forums.Data.Oracle/DBForum.cs"),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Folder);

        Assert.Equal(["shopblog", "shopblog", "shopblog", "shopforum", "shopforum", "shopforum"], segments.Select(s => s.Single()));
        Assert.True(DomainWords.IsTechnicalSegment("Db"));
    }

    private static TypeNode Type(string id, string? file = null)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/App/App.csproj", id[..dot], file ?? $"src/{id.Replace('.', '/')}.cs", 3, false, false, TypeMetrics.Empty, []);
    }
}
