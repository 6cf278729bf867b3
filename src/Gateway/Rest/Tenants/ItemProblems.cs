using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>Problems particular to one-item requests.</summary>
internal static class ItemProblems
{
    /// <summary>The body names another item than the path: refused rather than guessing which one was meant.</summary>
    public static IResult IdMismatch(string field, string inBody, string inPath) =>
        RestProblems.Create(StatusCodes.Status400BadRequest, "id-mismatch", "Identifier mismatch",
            $"the body's {field} '{inBody}' differs from '{inPath}' in the path",
            [new ValidationErrorItem(field, "IdMismatch", $"must be '{inPath}' or left out")]);

    /// <summary>The DN exists with another type; changing a DN's type goes through /dns/{dn}.</summary>
    public static IResult DnInUse(string path, string dn, string type) =>
        RestProblems.Invalid($"DN {dn} is already a {type}", [new ValidationErrorItem(path, "DnInUse", $"DN {dn} is a {type}; change it through /dns/{dn}")]);
}
