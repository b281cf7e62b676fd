namespace Tsunagu.Web.OpenData;

/// <summary>An expected refusal in the open-data catalogue, with the message staff see. <paramref name="Field"/> names the input.</summary>
public abstract record OpenDataError(string Message, string? Field = null);

public sealed record DatasetNotFound() : OpenDataError("データセットが見つかりません。");
public sealed record OtherDepartmentsDataset() : OpenDataError("このデータセットは他の課のものです。変更できるのは、その課の職員と管理者です。");
public sealed record NameInvalid() : OpenDataError("URL名は、半角英小文字・数字・ハイフン・下線の2〜100文字で入力してください。", "Name");
public sealed record NameTaken() : OpenDataError("このURL名は、ほかのデータセットが使っています。別の名前にしてください。", "Name");
public sealed record TitleRequired() : OpenDataError("タイトルを入力してください(200文字以内)。", "Title");
public sealed record DescriptionRequired() : OpenDataError("説明を入力してください(4000文字以内)。", "Description");
public sealed record DepartmentUnknown() : OpenDataError("担当課を選んでください。", "Department");
public sealed record PublishByManager() : OpenDataError("公開と公開終了は、担当課の課長か管理者が行います。");
public sealed record NothingToPublish() : OpenDataError("公開するには、少なくとも一つのファイルを登録してください。");
public sealed record AlreadyInStatus(string Status) : OpenDataError($"このデータセットは既に「{Status}」です。");
public sealed record UploadMissing() : OpenDataError("アップロードするファイルを選んでください。", "Upload");
public sealed record UploadTooLarge(long Limit) : OpenDataError($"ファイルが大きすぎます。{Limit / 1024 / 1024}MB 以下にしてください。", "Upload");
public sealed record UploadInvalid(int Problems) : OpenDataError($"ファイルに{Problems}件の問題がありました。下の一覧を見て直してから、もう一度アップロードしてください。", "Upload");

public sealed record OpenDataResult(OpenDataError? Error)
{
    public static readonly OpenDataResult Ok = new((OpenDataError?)null);

    public bool Succeeded => Error is null;

    public static implicit operator OpenDataResult(OpenDataError error) => new(error);
}
