"""What a service does with the client's errors."""

from __future__ import annotations

from altegio_devtools import AltegioClient, Unset, errors


def settings_or_none(client: AltegioClient, location_id: int) -> list[str] | None:
    try:
        settings = client.webhooks.get_settings(location_id)
    except errors.MissingUserTokenError:
        raise
    except errors.NotFoundError:
        return None
    except errors.RateLimitError as error:
        print("slow down", error.status_code, error.meta_message)
        return None
    except errors.APIStatusError as error:
        print(error.status_code, [field.field for field in error.errors])
        return None
    except errors.APIConnectionError:
        return None
    except errors.ResponseValidationError:
        return None
    urls = settings.data.urls
    return None if isinstance(urls, Unset) else list(urls)


def client_from_config(base_url: str, token: str) -> AltegioClient | None:
    try:
        return AltegioClient(partner_token=token, api_base_url=base_url)
    except ValueError as error:  # a base URL without a scheme, a token with "Bearer "
        print(error)
        return None
